"""The bundled web UI: static HTML, JavaScript and CSS served by `fasail serve`."""
