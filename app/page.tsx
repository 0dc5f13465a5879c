import { HomePage } from "@/components/home-page";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata = pageMetadata({ path: "/" });

export default function Home() {
  return <HomePage pageNumber={1} />;
}
