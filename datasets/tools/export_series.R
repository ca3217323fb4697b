#!/usr/bin/env Rscript
# Export the monthly sunspot series of R's own datasets package (Debian's r-base-core) to plain CSV:
# a header, comma separators, no quoting, one row per month with the columns
#   date   the month as YYYY-MM
#   value  the monthly mean sunspot number, as R stores it (one decimal)
# Nothing is downloaded: sunspot.month ships with R.
#
# Usage, from the repository root:
#     Rscript datasets/tools/export_series.R datasets
# Writes sunspot_month.csv into the given folder (default ".").

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[[1]] else "."

export_monthly <- function(series, name) {
  stopifnot(stats::frequency(series) == 12, !anyNA(series))
  # Month k (0-based) after the start: tsp()[1] is the start in years, a whole year plus (month - 1) / 12.
  start <- stats::tsp(series)[1]
  months <- round(start * 12) + seq_along(series) - 1
  date <- sprintf("%04d-%02d", months %/% 12, months %% 12 + 1)
  df <- data.frame(date = date, value = as.numeric(series))
  path <- file.path(out, paste0(name, ".csv"))
  con <- file(path, open = "w", encoding = "UTF-8")
  write.csv(df, con, row.names = FALSE, quote = FALSE, fileEncoding = "UTF-8")
  close(con)
  cat(sprintf("%s: %d months, %s to %s, values %g to %g\n", path, nrow(df), date[1], date[length(date)],
              min(df$value), max(df$value)))
}

export_monthly(datasets::sunspot.month, "sunspot_month")
