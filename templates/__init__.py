"""The built-in Word templates of coopdocs (the .docx files beside this module), built by
templates/build.py and read through ``importlib.resources.files("coopdocs.templates")``."""
