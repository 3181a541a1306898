"""Who is behind the mentions: author profiles kept up to date on ingest, the reasons the console
can tell about an author on its own, what the team knows (labels, notes, links), coordinated
campaigns, and the export and erasure a person may ask for. No Qt in here: the window and the
command line sit on top."""
