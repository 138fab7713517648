"""``python -m innovation_news`` runs the command line."""

import sys

from innovation_news.cli import main

sys.exit(main())
