"""What the documents read: the plain, frozen views that the services make of a report,
a summary or a handout. A layer below both, so that documents never import a service."""
