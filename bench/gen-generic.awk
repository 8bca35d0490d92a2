# Writes a synthetic export in edito's generic format: `awk -v bytes=N -f gen-generic.awk > file.csv`.
# Deterministic (fixed seed), six networks, a year of timestamps, realistic magnitudes.
BEGIN {
    srand(42)
    split("x facebook instagram linkedin tiktok youtube", nets, " ")
    split("text image video reel link carousel", types, " ")
    host["x"] = "https://x.com/brand/status/"; host["facebook"] = "https://www.facebook.com/brand/posts/"
    host["instagram"] = "https://www.instagram.com/p/"; host["linkedin"] = "https://www.linkedin.com/feed/update/urn:li:activity:"
    host["tiktok"] = "https://www.tiktok.com/@brand/video/"; host["youtube"] = "https://www.youtube.com/watch?v="
    print "network,post_id,permalink,published_at,type,impressions,reach,reactions,comments,shares,saves,clicks,video_views,follows,spend"
    if (bytes == 0) bytes = 1073741824
    written = 0; i = 0
    while (written < bytes) {
        i++
        n = nets[1 + int(rand() * 6)]
        id = 1000000000 + i
        d = 1 + int(rand() * 365); h = int(rand() * 24); m = int(rand() * 60)
        month = 1 + int((d - 1) / 31); if (month > 12) month = 12
        day = 1 + (d - 1) % 28
        imp = int(rand() * 50000); reach = int(imp * (0.5 + rand() * 0.4))
        line = sprintf("%s,%d,%s%d,2025-%02d-%02dT%02d:%02d:00Z,%s,%d,%d,%d,%d,%d,%d,%d,%d,%d,%.2f", \
            n, id, host[n], id, month, day, h, m, types[1 + int(rand() * 6)], imp, reach, int(imp * rand() * 0.05), \
            int(rand() * 40), int(rand() * 30), int(rand() * 20), int(imp * rand() * 0.02), int(imp * rand() * 0.3), \
            int(rand() * 5), rand() < 0.2 ? rand() * 100 : 0)
        print line
        written += length(line) + 1
    }
}
