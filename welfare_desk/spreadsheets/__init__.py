"""Spreadsheets as people write them: reading .xlsx and .csv files, finding their columns. An
adapter for the imports."""
