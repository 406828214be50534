"""LIPAS (Lipas.fi, University of Jyväskylä): sports and outdoor places as catalogue services."""
