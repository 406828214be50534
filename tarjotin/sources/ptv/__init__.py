"""The Suomi.fi service catalogue (PTV) Open API v11 adapter; only this package knows PTV's shapes."""
