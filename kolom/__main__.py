from kolom.cli import main

raise SystemExit(main())
