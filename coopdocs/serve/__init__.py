"""``coopdocs serve``: a local page to review what coopdocs found, correct it and write the
Word document from the corrected records. Starlette and uvicorn are the ``serve`` extra;
nothing here imports them until the app is made (:func:`coopdocs.serve.app.create_app`)."""
