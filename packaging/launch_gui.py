"""The frozen ``journeydesk-gui`` executable (packaging/journeydesk.spec): the app alone.

Built without a console (on Windows no terminal window opens behind it; on macOS it is the
app bundle's executable), as the ``journeydesk-gui`` script of a pip install.
"""

import sys

from journeydesk.cli import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
