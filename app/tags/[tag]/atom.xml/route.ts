import { tagFeed, tagFeedParams } from "@/lib/feeds/route";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = tagFeedParams;

export const GET = tagFeed("atom");
