"""The ``serve`` command: make the app over a folder, bind it to this machine, print (and
open) its address with the token."""
from __future__ import annotations

import errno
import socket
import sys

import click

from ..cli import fail
from ..errors import UsageError
from .gate import LOCAL_HOSTS

DEFAULT_FOLDER = "coopdocs-review"
DEFAULT_PORT = 8765


@click.command("serve")
@click.argument("folder", required=False, default=DEFAULT_FOLDER, metavar="[FOLDER]")
@click.option("--port", type=click.IntRange(0, 65535), default=DEFAULT_PORT, show_default=True,
              help="The port (0: any free one; the default falls back to a free one if taken).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on. Only this machine's by default.")
@click.option("--allow-remote", is_flag=True,
              help="Allow --host to be an address other machines can reach (anyone with the "
                   "token can then read and change the documents).")
@click.option("--max-upload", type=click.IntRange(1, 100), default=50, show_default=True,
              metavar="MB", help="The largest file accepted.")
@click.option("--no-browser", is_flag=True, help="Print the address; do not open a browser.")
def serve(folder, port, host, allow_remote, max_upload, no_browser):
    """A local page to review documents, correct what was found and download the Word
    document: drop documents on it, accept, reject or edit each item, add a missed one by
    selecting its words, choose a template, download.

    FOLDER (default ./coopdocs-review) is the app's own: it keeps the uploaded copies, their
    records and the corrections there, and finds them again when started anew. The page
    opens at an address with a random token; without it the app answers 403.
    """
    try:
        app_module = _app_module()
        remote = host.strip("[]") not in {h.strip("[]") for h in LOCAL_HOSTS}
        if remote and not allow_remote:
            raise UsageError(f"--host {host}: other machines could reach the app; add "
                             "--allow-remote if that is what you want")
        sock = _bind(host, port)
    except UsageError as e:
        fail(e)
    if remote:
        click.echo(f"coopdocs: warning: listening on {host}: anyone who can reach this machine "
                   "and has the address below can read and change the documents", err=True)
    from .gate import new_token

    token = new_token()
    app = app_module.create_app(folder, token, max_upload=max_upload * 2**20, any_host=remote)
    shown = "127.0.0.1" if not remote else host
    url = f"http://{_url_host(shown)}:{sock.getsockname()[1]}/?token={token}"
    click.echo(f"coopdocs serve: {folder}\n  open {url}\n  (Ctrl-C stops it)", err=True)
    if not no_browser:
        import webbrowser

        webbrowser.open(url)
    _run(app, sock)


def _app_module():
    try:
        from . import app
    except ImportError as e:
        raise UsageError(f"coopdocs serve needs the web server ({e.name} is missing): "
                         "pip install 'coopdocs[serve]'") from None
    return app


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        try:
            sock.bind((host.strip("[]"), port))
        except OSError as e:
            if e.errno != errno.EADDRINUSE or port != DEFAULT_PORT:
                raise
            sock.bind((host.strip("[]"), 0))   # the default is taken: any free port
    except OSError as e:
        sock.close()
        raise UsageError(f"--host {host} --port {port}: {e.strerror or e}") from None
    sock.listen(128)
    return sock


def _url_host(host: str) -> str:
    return f"[{host.strip('[]')}]" if ":" in host else host


def _run(app, sock: socket.socket) -> None:
    import uvicorn

    config = uvicorn.Config(app, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    sys.exit(0)
