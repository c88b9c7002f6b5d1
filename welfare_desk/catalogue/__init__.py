"""The catalogue and what it offers: providers, services and editions, matching, enrollments,
budgets and vouchers, the welfare-day handout."""
