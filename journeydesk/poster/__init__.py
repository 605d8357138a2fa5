"""Wall posters of a journey map: a plan of sheets (plain data), then a ReportLab painter."""
