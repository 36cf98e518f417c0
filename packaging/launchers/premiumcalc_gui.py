"""Entry point of the bundled window (``premiumcalc-gui``)."""

from premiumcalc.gui.app import main

raise SystemExit(main())
