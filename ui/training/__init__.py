"""The Training page's parts: the new-run form (→ a ``LaunchSpec``), the run panel (status, curves,
probes, log) and the run controls (stop, resume, train longer, promote, delete).

``presets`` holds the form's starting values and has no Streamlit in it; ``store`` gives the page one
``RunStore`` per runs folder for the whole server, so the processes it starts are reaped by it.
"""
