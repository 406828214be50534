"""Tests of monitoring: visits, feedback, search demand, criteria and reports."""
