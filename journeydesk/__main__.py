"""`python -m journeydesk`: the same as the `journeydesk` command."""

from __future__ import annotations

import sys

from journeydesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
