# Independent reference for GetisOrdAgainstRTest, run live by the test when R and spdep are installed
# (.ci/run installs Debian's r-base-core and r-cran-spdep).
#   Rscript against-r.R DIR
# DIR/cells.csv: cell index (1-based), count, neighbours (1-based, self excluded, space-separated; 0 = none)
# DIR/series.txt: one time series a line, space-separated
# writes DIR/gistar-r.csv (index, Gi*) and DIR/mk-r.txt (S, z, p a line)
suppressMessages(library(spdep))
dir <- commandArgs(trailingOnly = TRUE)[1]
cells <- read.csv(file.path(dir, "cells.csv"), colClasses = c("integer", "numeric", "character"))
nbl <- lapply(strsplit(cells$neighbours, " "), function(v) sort(as.integer(v)))
class(nbl) <- "nb"
attr(nbl, "region.id") <- as.character(cells$index)
g <- localG(cells$count, nb2listw(include.self(nbl), style = "B", zero.policy = TRUE), zero.policy = TRUE)
write.csv(data.frame(index = cells$index, gistar = sprintf("%.12f", as.numeric(g))),
          file.path(dir, "gistar-r.csv"), row.names = FALSE, quote = FALSE)
out <- c()
for (line in readLines(file.path(dir, "series.txt"))) {
  s <- as.numeric(strsplit(line, " ")[[1]])
  t <- cor.test(s, seq_along(s), method = "kendall", exact = FALSE, continuity = TRUE)
  # Kendall's tau-b with no ties in time: S = tau * sqrt((n0 - n1) * n0)
  n0 <- length(s) * (length(s) - 1) / 2
  n1 <- sum(sapply(table(s), function(k) k * (k - 1) / 2))
  S <- round(as.numeric(t$estimate) * sqrt((n0 - n1) * n0))
  out <- c(out, sprintf("%d %.12f %.12f", as.integer(S), as.numeric(t$statistic), t$p.value))
}
writeLines(out, file.path(dir, "mk-r.txt"))
