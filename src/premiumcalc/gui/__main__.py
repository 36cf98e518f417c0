"""``python -m premiumcalc.gui``: the window."""

from premiumcalc.gui.app import main

raise SystemExit(main())
