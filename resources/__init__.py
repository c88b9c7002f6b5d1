"""Style sheet, icons and translations (installed as welfare_desk.resources)."""
