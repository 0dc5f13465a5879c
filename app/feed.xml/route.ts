import { siteFeed } from "@/lib/feeds/route";

export const dynamic = "force-static";

export const GET = siteFeed("rss");
