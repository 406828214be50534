"""Evidence commands: API fuzzing, hostile content, importer faults, load and backup (make api-fuzz …)."""
