import { sectionFeed, sectionFeedParams } from "@/lib/feeds/route";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = sectionFeedParams;

export const GET = sectionFeed("json");
