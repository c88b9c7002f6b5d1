"""Pure rules of the welfare desk: no I/O, no Qt, no SQL."""
