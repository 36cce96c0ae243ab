// The disposable-email-domains package ships a JSON array without types.
declare module "disposable-email-domains" {
  const domains: string[];
  export default domains;
}
