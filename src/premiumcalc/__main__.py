"""``python -m premiumcalc``: the command line."""

from premiumcalc.cli import main

raise SystemExit(main())
