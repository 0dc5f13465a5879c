/**
 * Invoker commands (`<button command="show-modal" commandfor="id">`) open and close a
 * `<dialog>` with no script; React passes the attributes through, its types do not list them yet.
 */
import "react";

declare module "react" {
  interface ButtonHTMLAttributes<T> extends HTMLAttributes<T> {
    command?: "show-modal" | "close" | "request-close" | "show-popover" | "hide-popover" | "toggle-popover";
    commandfor?: string;
  }
}
