from wsp_desk.cli import main

raise SystemExit(main())
