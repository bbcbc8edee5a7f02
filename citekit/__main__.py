from citekit.cli import main

main()
