"""REST API over a Backend (`fasail serve`): read endpoints, review writes and the web UI."""
