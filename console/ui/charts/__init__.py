"""Volume, sentiment and severity over time, overall and per watch term, alert windows marked."""
