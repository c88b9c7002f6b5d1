"""Reporting: the quarterly summary for HR, the funder's report, the path summary a worker
takes home."""
