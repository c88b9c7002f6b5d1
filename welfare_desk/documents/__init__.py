"""Documents the desk writes: PDF with reportlab, XLSX with openpyxl. No Qt."""
