from frontwatch.cli.main import app

app(prog_name="frontwatch")
