# Reference values for GetisOrdTest: a 25 x 25 grid (625 cells, row-major), queen neighbours,
# x = (7r + 13c) %% 5 plus 10 in a planted 4 x 4 cluster at rows and columns 10-13 (0-based).
library(spdep)
n <- 25
idx <- function(r, c) r * n + c + 1
x <- numeric(n * n)
nbl <- vector("list", n * n)
for (r in 0:(n - 1)) for (c in 0:(n - 1)) {
  x[idx(r, c)] <- (7 * r + 13 * c) %% 5 + ifelse(r >= 10 & r < 14 & c >= 10 & c < 14, 10, 0)
  nb <- c()
  for (dr in -1:1) for (dc in -1:1) {
    rr <- r + dr; cc <- c + dc
    if (!(dr == 0 & dc == 0) & rr >= 0 & rr < n & cc >= 0 & cc < n) nb <- c(nb, idx(rr, cc))
  }
  nbl[[idx(r, c)]] <- as.integer(sort(nb))
}
class(nbl) <- "nb"
attr(nbl, "region.id") <- as.character(1:(n * n))
g <- localG(x, nb2listw(include.self(nbl), style = "B"))
write.table(data.frame(cell = 0:(n * n - 1), x = x, gistar = sprintf("%.12f", as.numeric(g))),
            "gistar-reference.csv", sep = ",", row.names = FALSE, quote = FALSE)
# Mann-Kendall references: Kendall's tau test against time, continuity-corrected normal approximation
series <- list(c(3, 5, 4, 8, 9, 7, 12, 15, 14, 18), c(10, 9, 9, 7, 8, 5, 5, 4, 2, 2, 1), c(4, 4, 4, 5, 4, 4, 5, 4, 4, 4))
out <- c()
for (s in series) {
  t <- cor.test(s, seq_along(s), method = "kendall", exact = FALSE, continuity = TRUE)
  out <- c(out, sprintf("%s;%.12f;%.12f", paste(s, collapse = " "), t$statistic, t$p.value))
}
writeLines(out, "mann-kendall-reference.txt")
