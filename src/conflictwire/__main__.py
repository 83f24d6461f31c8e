"""`python -m conflictwire` is the `conflictwire` command."""

from conflictwire.cli import main

main()
