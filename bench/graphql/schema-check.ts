/** The root fields of the Subscription type, asked by introspection over HTTP (null: not answerable). */
export async function subscriptionFields(httpUrl: string, token: string): Promise<string[] | null> {
  try {
    const response = await fetch(httpUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __schema { subscriptionType { fields { name } } } }' }),
    });
    if (!response.ok) return null;
    const body = (await response.json()) as {
      data?: { __schema?: { subscriptionType?: { fields?: { name: string }[] } | null } };
    };
    const type = body.data?.__schema?.subscriptionType;
    if (type === undefined) return null;
    return (type?.fields ?? []).map((field) => field.name);
  } catch {
    return null;
  }
}
