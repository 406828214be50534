"""The wellbeing self-assessment: questionnaire as data, results as themes and services, anonymous counts."""
