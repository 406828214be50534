"""Server-rendered pages for residents."""
