"""The frozen ``journeydesk`` executable (packaging/journeydesk.spec): the command line.

With no arguments, or a file, it opens the desktop app; otherwise it runs a subcommand and
prints to the terminal, as the ``journeydesk`` console script of a pip install does.
"""

import sys

from journeydesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
