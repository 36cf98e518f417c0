"""Entry point of the bundled command line (``premiumcalc``)."""

from premiumcalc.cli import main

raise SystemExit(main())
