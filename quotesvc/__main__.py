from quotesvc.cli import main

raise SystemExit(main())
