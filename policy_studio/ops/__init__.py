"""Edit operations on a policy that return a Changes value and an undo record."""
