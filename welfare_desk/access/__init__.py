"""Who is at the desk: operators, sign-in, roles."""
