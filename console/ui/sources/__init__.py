"""The sources manager: feeds with their health, adding them through source builders, a test
fetch that previews a feed, OPML import and export."""
