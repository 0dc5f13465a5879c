import { cardArticle, cardParams, socialCardFor } from "@/lib/og/cards";

type Context = { params: Promise<{ path: string[] }> };

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = cardParams;

export async function GET(_request: Request, { params }: Context) {
  const article = cardArticle((await params).path);
  if (!article) return new Response("Image introuvable", { status: 404 });
  return socialCardFor(article);
}
