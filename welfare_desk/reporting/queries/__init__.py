"""What the reports read from the store, one module per report: the quarter's counts
(`quarter`), the funder's activities and ledger (`funder`), the path summaries
(`path_summary`). The reports themselves compose what these return and hold no SQL."""
