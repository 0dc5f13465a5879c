import { cardParams, socialCard } from "@/lib/og/cards";

type Context = { params: Promise<{ path: string[] }> };

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = cardParams;

export async function GET(_request: Request, { params }: Context) {
  return socialCard((await params).path) ?? new Response("Image introuvable", { status: 404 });
}
